package org.openhall.registration;

/** A forgotten password: the account by username or phone, the code sent to its phone, the new password. */
public record ForgottenPassword(String username, String phone, String phoneCode, String newPassword) {

  /** Never prints the password or the code. */
  @Override
  public String toString() {
    return "ForgottenPassword[" + username + "]";
  }
}
