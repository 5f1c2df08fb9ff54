package org.openhall.registration;

/**
 * What a person ({@code kind} PERSON, {@code idNumber}) or a company ({@code kind} ENTITY,
 * {@code creditCode} and its legal representative) types to register online.
 */
public record NewAccount(String kind, String username, String password, String name, String idNumber,
    String creditCode, String legalRepresentativeName, String legalRepresentativeIdNumber, String phone,
    String phoneCode) {

  /** Never prints the password or the code. */
  @Override
  public String toString() {
    return "NewAccount[" + kind + ", " + username + "]";
  }
}
