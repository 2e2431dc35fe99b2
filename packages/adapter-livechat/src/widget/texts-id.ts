import type { Texts } from './i18n.js';
import { exportPart } from './part.js';

// The widget's texts in Indonesian: a part loaded only by visitors who read it.
export const id: Texts = {
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
};

exportPart(id);
