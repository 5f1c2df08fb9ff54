package org.openhall.console;

import java.security.Principal;
import org.openhall.identity.AccountDirectory;
import org.openhall.staff.StaffAdministration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A member of staff replaces their own password, the one call allowed while a reset is pending. */
@RestController
class PasswordApi {

  private final AccountDirectory accounts;
  private final StaffAdministration administration;

  PasswordApi(AccountDirectory accounts, StaffAdministration administration) {
    this.accounts = accounts;
    this.administration = administration;
  }

  /** 204; 400 {@code VALIDATION_FAILED} naming {@code currentPassword} or {@code newPassword}. */
  @PostMapping("/api/v1/console/password")
  ResponseEntity<Void> change(Principal principal, @RequestBody PasswordChange change) {
    administration.changeOwnPassword(accounts.require(principal.getName()), change.currentPassword(),
        change.newPassword(), null);
    return ResponseEntity.noContent().build();
  }

  record PasswordChange(String currentPassword, String newPassword) {
  }
}
