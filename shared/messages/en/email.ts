/** Why an address cannot be used, for a person typing it. */
export const email = {
  problem: {
    empty: 'Enter your email address.',
    'no-at': 'An email address needs an @ between the name and the domain.',
    'no-local': 'The part before the @ is missing.',
    'two-at': 'An email address has only one @.',
    'bad-local': 'The part before the @ contains characters that are not allowed, or is too long.',
    'no-domain': 'The domain after the @ is missing.',
    'bad-domain': 'The domain after the @ is not a valid domain name (for example example.com).',
    'too-long': 'This email address is too long.',
  },
  ok: 'Looks right: {{domain}}',
};
