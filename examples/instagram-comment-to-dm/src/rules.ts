import type { CommentRuleInput } from '@parley/adapter-instagram';

/** The account's comment-to-DM rules: tried in order, the first that takes a comment wins. */
export const commentRules: CommentRuleInput[] = [
  {
    // "Comment PROMO to get the code": any post, the keyword in any case or accent.
    id: 'january-promo',
    match: ['promo', 'harga', /how much/i],
    publicReplies: [
      'Sent you a DM {username} 💌',
      'Check your inbox {username}!',
      'Done {username}, see your DMs ✨',
    ],
    dm: 'Hi {username}! Your code is JAN10: 10% off batik tulis until the 31st. Want the catalogue?',
  },
  {
    // The quiz post: every comment on it is an answer, judged once per commenter.
    id: 'batik-quiz',
    posts: ['18031234567890123'],
    quiz: {
      answers: ['solo', 'surakarta'],
      right: {
        publicReplies: ['Correct! 🎉 Check your DMs {username}'],
        dm: 'Correct, {username}! Batik Danar Hadi started in Solo. Your voucher: QUIZ15.',
      },
      wrong: {
        publicReplies: ['Nice try {username}! 🙌'],
        dm: 'Not quite, {username}: it was Solo. Thanks for playing!',
      },
    },
  },
];
