package org.openhall.portal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.openhall.catalogue.CatalogueNames;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.Texts;
import org.openhall.licence.Licence;
import org.openhall.licence.LicenceStatus;
import org.openhall.licence.LicenceWallet;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 证照夹: the signed-in holder's licences and their PDFs. {@code /licences/{code}} (no suffix) stays
 * the public verification by code; a licence number ends in {@code .pdf} here, a code never has a dot.
 */
@RestController
@RequestMapping("/api/v1")
class WalletApi {

  private final AccountDirectory accounts;
  private final LicenceWallet wallet;
  private final Texts texts;
  private final CatalogueNames names;

  WalletApi(AccountDirectory accounts, LicenceWallet wallet, Texts texts, CatalogueNames names) {
    this.accounts = accounts;
    this.wallet = wallet;
    this.texts = texts;
    this.names = names;
  }

  @GetMapping("/licences")
  List<HeldLicence> licences(Principal principal) {
    Member me = accounts.require(principal.getName());
    Locale locale = LocaleContextHolder.getLocale();
    return wallet.heldBy(me).stream().map(l -> HeldLicence.of(l, wallet.statusOf(l),
        texts.of("verify.status." + wallet.statusOf(l).name(), locale),
        names.licenceTitle(l.itemCode(), l.licenceTitle(), locale).text(),
        names.item(l.itemCode(), l.itemName(), locale).text(),
        names.departmentNamed(l.departmentName(), locale).text())).toList();
  }

  @GetMapping("/licences/{licenceNumber}.pdf")
  ResponseEntity<byte[]> pdf(Principal principal, @PathVariable String licenceNumber) {
    Member me = accounts.require(principal.getName());
    byte[] pdf = wallet.pdfHeld(me, licenceNumber);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("licence-" + licenceNumber + ".pdf").build().toString())
        .body(pdf);
  }

  /**
   * One licence of the wallet; {@code validUntil} null: long-term; {@code status} as of today; title,
   * item and issuer in the language of the request (ADR 0025), the licence itself stays Chinese.
   */
  record HeldLicence(String licenceNumber, String title, String itemName, String issuer,
      LocalDate issuedOn, LocalDate validUntil, LicenceStatus status, String statusLabel,
      String verificationCode, String pdf) {

    static HeldLicence of(Licence l, LicenceStatus status, String statusLabel, String title,
        String itemName, String issuer) {
      return new HeldLicence(l.licenceNumber(), title, itemName, issuer,
          l.issuedOn(), l.validUntil(), status, statusLabel, l.verificationCode(),
          "/api/v1/licences/" + l.licenceNumber() + ".pdf");
    }
  }
}
