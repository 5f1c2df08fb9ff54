package org.openhall.staff;

/**
 * The result of a reset or of creating an account: the temporary password, shown once (null when
 * the administrator chose it), which the person must change at the next sign-in.
 */
public record PasswordReset(String username, String temporaryPassword) {
}
