/** The `outbox` feature: the mail Lots has sent or keeps. */
