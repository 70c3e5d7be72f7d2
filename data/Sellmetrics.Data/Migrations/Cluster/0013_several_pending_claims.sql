-- An open link no longer keeps an address from others (only an account that proved it does), so several accounts may
-- have a link to one address at once; the first to be opened takes it.
DROP INDEX identity.ux_email_verifications_claimed;
