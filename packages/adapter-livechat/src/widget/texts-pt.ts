import type { Texts } from './i18n.js';
import { exportPart } from './part.js';

// The widget's texts in Portuguese: a part loaded only by visitors who read it.
export const pt: Texts = {
  open: 'Abrir chat',
  close: 'Fechar chat',
  title: 'Fale conosco',
  placeholder: 'Digite uma mensagem…',
  send: 'Enviar',
  typing: 'Digitando…',
  connecting: 'Conectando…',
  reconnecting: 'Conexão perdida. Reconectando…',
  unavailable: 'O chat está indisponível no momento.',
  messages: 'Mensagens',
  options: 'Opções',
  sending: 'Enviando',
  sent: 'Enviada',
  read: 'Lida',
  failed: 'Não entregue',
  unread: 'novas mensagens',
  assistant: 'Assistente virtual',
  operator: 'Atendimento',
  ai: 'IA',
  prechat: 'Diga quem você é e responderemos aqui.',
  name: 'Nome',
  email: 'E-mail',
  phone: 'Telefone',
  start: 'Iniciar conversa',
  invalid: 'Confira este campo.',
  typingWho: '{name} está digitando…',
  online: 'Online',
  away: 'Ausente',
  offline: 'Estamos ausentes agora. Deixe seu e-mail e responderemos.',
  emoji: 'Emoji',
  attach: 'Anexar arquivo',
  fileRefused: 'Envie uma imagem ou PDF de até {size}.',
};

exportPart(pt);
