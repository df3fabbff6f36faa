// Claim codes and tickets come from the contracts package (contracts/codes.mjs), the one JavaScript
// implementation of the formats node/client defines; test/claimcode.test.mjs and test/tickets.test.mjs check it
// against vectors the Go code made.
export {
  ClaimCodeError,
  formatClaimCode,
  formatTicketCode,
  isTicketCode,
  parseClaimCode,
  parseTicketCode,
} from '../../contracts/codes.mjs'
