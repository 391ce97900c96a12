/** The `mentorship` feature: the pair's space, my mentorships, the coordinator's health view. */
