/** The `invitations` feature: accepting an invitation (inviting is on the people pages, through this feature's API). */
