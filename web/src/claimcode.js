// Claim codes and tickets (their codes and the tree a ticket packet commits to) come from the contracts package (contracts/codes.mjs), the one JavaScript
// implementation of the formats node/client and node/merkle define; test/claimcode.test.mjs and
// test/tickets.test.mjs check it against vectors the Go code made.
export {
  ClaimCodeError,
  formatClaimCode,
  formatTicketCode,
  isTicketCode,
  makeTickets,
  maxTickets,
  newTickets,
  parseClaimCode,
  parseTicketCode,
  ticketTree,
} from '../../contracts/codes.mjs'
