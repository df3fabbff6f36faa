// The page's words in English and Chinese. The language is the browser's (navigator.languages) until the
// visitor picks one (kept in localStorage). Sentences that come from the servers (the relayer's, the risk
// checks') are shown as they come.

const en = {
  'app.title': 'Red packets',
  'nav.send': 'Send',
  'nav.mine': 'My packets',
  'nav.claim': 'Claim a link',
  'lang.switch': '中文',
  'wallet.connect': 'Connect a wallet',
  'wallet.choose': 'Choose a wallet',
  'wallet.none': 'No browser wallet found. You can still use a key made in this browser.',
  'wallet.browserKey': 'Use a key made in this browser',
  'wallet.connected': 'Connected: {name}',
  'wallet.disconnect': 'Disconnect',
  'wallet.wrongChain': 'Your wallet is on chain {have}; this page works on chain {want}.',
  'wallet.switch': 'Switch to chain {want}',
  'wallet.browserKeyNoGas': 'This browser key holds no ETH to pay for gas; send it some, or connect a wallet.',
  'send.title': 'Send a red packet',
  'send.kind': 'Kind',
  'send.kind.direct': 'Direct (one person)',
  'send.kind.equal': 'Equal shares',
  'send.kind.lucky': 'Lucky (random shares)',
  'send.token': 'Token',
  'send.amount': 'Amount',
  'send.balance': 'Balance: {amount}',
  'send.to': 'Recipient address',
  'send.shares': 'Shares',
  'send.delay': 'Cool-off before it can be claimed',
  'send.delay.none': 'None',
  'send.delay.2h': '2 hours',
  'send.delay.24h': '24 hours',
  'send.guardian': 'Guardian (optional): may stop the packet before it is claimed',
  'send.review': 'Review',
  'send.clauses': 'This packet will carry',
  'send.warnings': 'Warnings',
  'send.confirm': 'I have read this and want to send anyway',
  'send.go': 'Send {amount}',
  'send.step.approve': 'Step 1 of 2: allow the escrow to take {amount}',
  'send.step.send': 'Step 2 of 2: send the packet',
  'send.permit': 'You sign a permit for {amount}; one transaction, no separate approval.',
  'send.sent': 'Packet {id} sent',
  'send.claimLink': 'Claim link (share it in the chat)',
  'send.respondLink': 'Link for the recipient (accept, decline, approve an undo)',
  'send.packetLink': 'Packet page (read-only)',
  'send.codeNote': 'The claim code is in the link: whoever has the link can claim.',
  'send.checking': 'Checking the risk rules…',
  'send.riskUnavailable': 'The server could not check the risk rules: {why}',
  'send.another': 'Send another',
  'mine.title': 'My packets',
  'mine.sent': 'Sent',
  'mine.received': 'Received',
  'mine.empty': 'No packets yet.',
  'mine.more': 'Older packets',
  'mine.owed': 'Held for you by the escrow',
  'mine.withdrawOwed': 'Withdraw {amount}',
  'mine.connect': 'Connect a wallet (or use the browser key) to see your packets.',
  'mine.noApi': 'This server has no index API, so it cannot list packets.',
  'packet.title': 'Packet {id}',
  'packet.claims': 'Claims',
  'packet.noClaims': 'No claims yet.',
  'packet.from': 'From',
  'packet.to': 'To',
  'packet.guardian': 'Guardian',
  'packet.closed': 'Closed: {reason}',
  'packet.actions': 'What you can do now',
  'packet.noActions': 'Nothing you can do with this packet now.',
  'packet.respond': 'Respond to this transfer',
  'packet.undoRequested': 'The sender asked for this packet back; it goes back only if the recipient approves.',
  'status.cool-off': 'In its cool-off',
  'status.open': 'Open',
  'status.expired': 'Expired',
  'status.closed': 'Closed',
  'time.opensIn': 'opens in {d}',
  'time.undoLeft': 'undo window: {d} left',
  'time.expiresIn': 'expires in {d}',
  'time.expired': 'expired',
  'action.claim': 'Accept',
  'action.withdraw': 'Withdraw (cool-off)',
  'action.undo': 'Undo',
  'action.request-undo': 'Ask for it back',
  'action.approve-undo': 'Approve the undo',
  'action.decline': 'Decline',
  'action.return': 'Return {amount}',
  'action.intercept': 'Intercept',
  'action.refund': 'Refund after expiry',
  'action.until': 'until {t} ({d} left)',
  'action.done': 'Done: {what} in transaction {tx}',
  'reason.claimed': 'claimed out',
  'reason.refunded': 'refunded after expiry',
  'reason.withdrawn': 'withdrawn in its cool-off',
  'reason.undone': 'undone by the sender',
  'reason.approved': 'undo approved by the recipient',
  'reason.declined': 'declined by the recipient',
  'reason.intercepted': 'intercepted',
  'copy': 'Copy',
  'copied': 'Copied',
  'busy': 'Waiting for the wallet and the chain…',
}

const zh = {
  'app.title': '红包',
  'nav.send': '发红包',
  'nav.mine': '我的红包',
  'nav.claim': '领取链接',
  'lang.switch': 'English',
  'wallet.connect': '连接钱包',
  'wallet.choose': '选择钱包',
  'wallet.none': '没有找到浏览器钱包。您仍可使用本浏览器生成的密钥。',
  'wallet.browserKey': '使用本浏览器生成的密钥',
  'wallet.connected': '已连接：{name}',
  'wallet.disconnect': '断开',
  'wallet.wrongChain': '您的钱包在链 {have} 上；本页面使用链 {want}。',
  'wallet.switch': '切换到链 {want}',
  'wallet.browserKeyNoGas': '此浏览器密钥没有 ETH 支付手续费；请先转入一些，或连接钱包。',
  'send.title': '发红包',
  'send.kind': '类型',
  'send.kind.direct': '转账（一人）',
  'send.kind.equal': '普通红包（均分）',
  'send.kind.lucky': '拼手气红包',
  'send.token': '币种',
  'send.amount': '金额',
  'send.balance': '余额：{amount}',
  'send.to': '收款地址',
  'send.shares': '份数',
  'send.delay': '延时到账',
  'send.delay.none': '无',
  'send.delay.2h': '2 小时',
  'send.delay.24h': '24 小时',
  'send.guardian': '监护人（可选）：可在领取前拦截红包',
  'send.review': '检查',
  'send.clauses': '此红包的条款',
  'send.warnings': '风险提示',
  'send.confirm': '我已阅读，仍要发送',
  'send.go': '发送 {amount}',
  'send.step.approve': '第 1 步（共 2 步）：允许托管合约转走 {amount}',
  'send.step.send': '第 2 步（共 2 步）：发送红包',
  'send.permit': '您签署 {amount} 的许可；一笔交易，无需单独授权。',
  'send.sent': '红包 {id} 已发出',
  'send.claimLink': '领取链接（分享到群聊）',
  'send.respondLink': '收款人链接（接收、退还、同意撤回）',
  'send.packetLink': '红包页面（只读）',
  'send.codeNote': '领取码在链接中：拿到链接的人都能领取。',
  'send.checking': '正在检查风险规则…',
  'send.riskUnavailable': '服务器无法检查风险规则：{why}',
  'send.another': '再发一个',
  'mine.title': '我的红包',
  'mine.sent': '发出的',
  'mine.received': '收到的',
  'mine.empty': '还没有红包。',
  'mine.more': '更早的红包',
  'mine.owed': '托管合约为您保留的金额',
  'mine.withdrawOwed': '提取 {amount}',
  'mine.connect': '连接钱包（或使用浏览器密钥）查看您的红包。',
  'mine.noApi': '此服务器没有索引接口，无法列出红包。',
  'packet.title': '红包 {id}',
  'packet.claims': '领取记录',
  'packet.noClaims': '还没有人领取。',
  'packet.from': '发送人',
  'packet.to': '收款人',
  'packet.guardian': '监护人',
  'packet.closed': '已结束：{reason}',
  'packet.actions': '您现在可以',
  'packet.noActions': '您现在对此红包没有可执行的操作。',
  'packet.respond': '处理这笔转账',
  'packet.undoRequested': '发送人申请撤回此红包；只有收款人同意后才会退回。',
  'status.cool-off': '冷静期中',
  'status.open': '可领取',
  'status.expired': '已过期',
  'status.closed': '已结束',
  'time.opensIn': '{d} 后开放',
  'time.undoLeft': '撤回窗口：还剩 {d}',
  'time.expiresIn': '{d} 后过期',
  'time.expired': '已过期',
  'action.claim': '接收',
  'action.withdraw': '撤回（冷静期）',
  'action.undo': '撤回',
  'action.request-undo': '申请撤回',
  'action.approve-undo': '同意撤回',
  'action.decline': '退还',
  'action.return': '退回 {amount}',
  'action.intercept': '拦截',
  'action.refund': '过期退款',
  'action.until': '截止 {t}（还剩 {d}）',
  'action.done': '完成：{what}，交易 {tx}',
  'reason.claimed': '已领完',
  'reason.refunded': '过期已退款',
  'reason.withdrawn': '冷静期内已撤回',
  'reason.undone': '发送人已撤回',
  'reason.approved': '收款人同意撤回',
  'reason.declined': '收款人已退还',
  'reason.intercepted': '已拦截',
  'copy': '复制',
  'copied': '已复制',
  'busy': '正在等待钱包和链…',
}

export const messages = { en, zh }
const storeKey = 'hongbao.lang'

function initial() {
  try {
    const saved = localStorage.getItem(storeKey)
    if (saved === 'en' || saved === 'zh') return saved
  } catch {
    // no storage: the browser's language
  }
  const langs = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : []
  for (const l of langs) {
    if (/^zh\b/i.test(l)) return 'zh'
    if (/^en\b/i.test(l)) return 'en'
  }
  return 'en'
}

let lang = typeof window !== 'undefined' ? initial() : 'en'

export const getLang = () => lang

export function setLang(l) {
  lang = l === 'zh' ? 'zh' : 'en'
  try {
    localStorage.setItem(storeKey, lang)
  } catch {
    // kept for this visit only
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
}

/** t is the message key in the current language with {name} replaced by vars.name. */
export function t(key, vars = {}, l = lang) {
  const s = messages[l][key] ?? en[key] ?? key
  return s.replace(/\{(\w+)\}/g, (_, k) => (vars[k] === undefined ? `{${k}}` : String(vars[k])))
}
