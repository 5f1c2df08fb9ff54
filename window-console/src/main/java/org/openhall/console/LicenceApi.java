package org.openhall.console;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import org.openhall.identity.AccountDirectory;
import org.openhall.licence.LicenceLifecycle;
import org.openhall.licence.RevocationKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Licences for staff: read one of their department's, and revoke it (撤销 / 吊销) as its approver. */
@RestController
@RequestMapping("/api/v1/console/licences")
class LicenceApi {

  private final AccountDirectory accounts;
  private final LicenceLifecycle lifecycle;
  private final Clock clock;

  LicenceApi(AccountDirectory accounts, LicenceLifecycle lifecycle, Clock clock) {
    this.accounts = accounts;
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  /** A licence for staff who may see the case that issued it; 404 for anyone else. */
  @GetMapping("/{licenceNumber}")
  StaffLicenceView licence(Principal principal, @PathVariable String licenceNumber) {
    return view(lifecycle.visibleTo(licenceNumber, accounts.require(principal.getName())));
  }

  /**
   * 撤销 (ANNULMENT, §69) or 吊销 (PENALTY) by an APPROVER of the issuing department, with a reason; the
   * public verification reports REVOKED at once and a revocation decision is issued to the holder. 400
   * REVOCATION_REASON_MISSING or REVOCATION_KIND_MISSING; 403 APPROVER_OF_ISSUING_DEPARTMENT_REQUIRED
   * for other staff of that department; 404 for anyone else; 409 LICENCE_REVOKED, LICENCE_EXPIRED,
   * LICENCE_SUPERSEDED or LICENCE_CANCELLED when it is no longer valid.
   */
  @PostMapping("/{licenceNumber}/revocation")
  StaffLicenceView revoke(Principal principal, @PathVariable String licenceNumber,
      @RequestBody RevocationRequest request) {
    return view(lifecycle.revoke(licenceNumber, accounts.require(principal.getName()), request.kind(),
        request.reason()));
  }

  private StaffLicenceView view(org.openhall.licence.Licence licence) {
    return StaffLicenceView.of(licence, LocalDate.now(clock), clock.getZone());
  }

  record RevocationRequest(RevocationKind kind, String reason) {
  }
}
