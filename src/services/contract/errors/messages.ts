/** Error codes of 消息: a cursor from another list or an unknown subscription template. */
export const MESSAGES_ERRORS = ['MESSAGE_CURSOR_INVALID', 'SUBSCRIPTION_TEMPLATE_UNKNOWN'] as const
export type MessagesErrorCode = (typeof MESSAGES_ERRORS)[number]
