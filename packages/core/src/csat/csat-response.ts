/** One recorded answer (IN6). */
export interface CsatResponse {
  conversationId: string;
  score: number;
  channelId: string;
  teamId?: string;
  operatorId?: string;
  assistantId?: string;
  /** What the customer wrote. */
  answer: string;
  at: Date;
}
