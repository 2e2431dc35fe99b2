/** Every text the widget shows, per language (en, id, pt). */
export interface Texts {
  open: string;
  close: string;
  title: string;
  placeholder: string;
  send: string;
  typing: string;
  connecting: string;
  reconnecting: string;
  unavailable: string;
  messages: string;
  options: string;
  sending: string;
  sent: string;
  read: string;
  failed: string;
  unread: string;
  /** Shown above an assistant's messages when it has no name. */
  assistant: string;
  /** Shown above an operator's messages when they have no name. */
  operator: string;
  /** The tag beside an assistant's name. */
  ai: string;
  /** The pre-chat form (`data-prechat`). */
  prechat: string;
  name: string;
  email: string;
  phone: string;
  start: string;
  invalid: string;
  /** "{name} is typing…" */
  typingWho: string;
  online: string;
  away: string;
  /** Shown with the email field while the team is away. */
  offline: string;
  emoji: string;
  attach: string;
  /** A file over the size limit or of a type not accepted. */
  fileRefused: string;
}

const texts: Record<'en' | 'id' | 'pt', Texts> = {
  en: {
    open: 'Open chat',
    close: 'Close chat',
    title: 'Chat with us',
    placeholder: 'Type a message…',
    send: 'Send',
    typing: 'Typing…',
    connecting: 'Connecting…',
    reconnecting: 'Connection lost. Reconnecting…',
    unavailable: 'Chat is unavailable right now.',
    messages: 'Messages',
    options: 'Options',
    sending: 'Sending',
    sent: 'Sent',
    read: 'Read',
    failed: 'Not delivered',
    unread: 'new messages',
    assistant: 'Virtual assistant',
    operator: 'Support team',
    ai: 'AI',
    prechat: 'Tell us who you are and we will reply here.',
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    start: 'Start chat',
    invalid: 'Please check this field.',
    typingWho: '{name} is typing…',
    online: 'Online',
    away: 'Away',
    offline: 'We are away right now. Leave your email and we will reply.',
    emoji: 'Emoji',
    attach: 'Attach a file',
    fileRefused: 'Send an image or PDF up to {size}.',
  },
  id: {
    open: 'Buka obrolan',
    close: 'Tutup obrolan',
    title: 'Chat dengan kami',
    placeholder: 'Ketik pesan…',
    send: 'Kirim',
    typing: 'Sedang mengetik…',
    connecting: 'Menghubungkan…',
    reconnecting: 'Koneksi terputus. Menyambungkan ulang…',
    unavailable: 'Obrolan sedang tidak tersedia.',
    messages: 'Pesan',
    options: 'Pilihan',
    sending: 'Mengirim',
    sent: 'Terkirim',
    read: 'Dibaca',
    failed: 'Gagal terkirim',
    unread: 'pesan baru',
    assistant: 'Asisten virtual',
    operator: 'Tim layanan',
    ai: 'AI',
    prechat: 'Beri tahu kami siapa Anda dan kami akan membalas di sini.',
    name: 'Nama',
    email: 'E-mail',
    phone: 'Telepon',
    start: 'Mulai obrolan',
    invalid: 'Periksa kolom ini.',
    typingWho: '{name} sedang mengetik…',
    online: 'Online',
    away: 'Sedang tidak ada',
    offline: 'Kami sedang tidak ada. Tinggalkan email Anda dan kami akan membalas.',
    emoji: 'Emoji',
    attach: 'Lampirkan berkas',
    fileRefused: 'Kirim gambar atau PDF maksimal {size}.',
  },
  pt: {
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
  },
};

/** Picks the language: `data-lang` first, then the browser's languages, then English. */
export function pickLanguage(
  wanted: string | undefined,
  browser: readonly string[],
): keyof typeof texts {
  for (const tag of [wanted, ...browser]) {
    const base = tag?.toLowerCase().split('-')[0];
    if (base === 'id' || base === 'in') return 'id';
    if (base === 'pt') return 'pt';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export function textsFor(lang: keyof typeof texts): Texts {
  return texts[lang];
}
