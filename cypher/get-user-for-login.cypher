// get-user-for-login: the account with this e-mail address and what signing in needs to know
// params: $email
// returns: userId, email, name, role, passwordHash, disabled, totpSecret, totpLastStep
MATCH (u:User {email: $email})
RETURN u.id AS userId, u.email AS email, coalesce(u.name, u.email) AS name, u.role AS role,
       u.passwordHash AS passwordHash, coalesce(u.disabled, false) AS disabled,
       u.totpSecret AS totpSecret, u.totpLastStep AS totpLastStep
