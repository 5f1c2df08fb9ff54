package org.openhall.messaging;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseAccepted;
import org.openhall.casefile.CaseCompleted;
import org.openhall.casefile.CaseCorrectionRequired;
import org.openhall.casefile.CaseDecided;
import org.openhall.casefile.CaseExtended;
import org.openhall.casefile.CaseFiles;
import org.openhall.casefile.CaseStatus;
import org.openhall.casefile.CaseSubmitted;
import org.openhall.casefile.CorrectionItem;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.CatalogueNames;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.identity.AccountDirectory;
import org.openhall.kernel.LocalizedText;
import org.openhall.licence.LicenceIssued;
import org.openhall.notification.NotificationOutbox;
import org.openhall.notification.NotificationOutbox.Recipient;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a case's applicant (and the agent who filed it) each step that concerns them: submitted,
 * accepted, correction required, extended, decided, not accepted, licence ready, and the invitation to
 * rate once the case is 办结. Runs just before the change commits, in its transaction, so the message
 * and the change are stored together or not at all (docs/adr/0024). Texts are in Chinese, the hall's
 * language, with their English beside them for the inbox read in English (ADR 0025); the bundle is
 * {@code i18n/notifications}.
 */
@Component
class CaseMessages {

  static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final CaseFiles cases;
  private final Catalogue catalogue;
  private final CatalogueNames names;
  private final AccountDirectory accounts;
  private final NotificationOutbox outbox;
  /** Its own bundle, so the texts never depend on how an application lists its bundles. */
  private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

  CaseMessages(CaseFiles cases, Catalogue catalogue, CatalogueNames names, AccountDirectory accounts,
      NotificationOutbox outbox) {
    this.cases = cases;
    this.catalogue = catalogue;
    this.names = names;
    this.accounts = accounts;
    this.outbox = outbox;
    messages.setBasename("i18n/notifications");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    messages.setUseCodeAsDefaultMessage(true);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(CaseSubmitted submitted) {
    Case c = caseOf(submitted.caseNumber());
    if (c == null) {
      return;
    }
    tell(c, "SUBMITTED", l -> args(itemName(c, l), c.caseNumber()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(CaseAccepted accepted) {
    Case c = caseOf(accepted.caseNumber());
    if (c == null) {
      return;
    }
    tell(c, "ACCEPTED", l -> args(itemName(c, l), c.caseNumber(), date(accepted.dueDate(), l)));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(CaseCorrectionRequired correction) {
    Case c = caseOf(correction.caseNumber());
    if (c == null) {
      return;
    }
    List<RequiredMaterial> materials = catalogue.version(c.itemVersionId()).guide().materials();
    tell(c, "CORRECTION_REQUIRED", l -> {
      Map<String, String> names = materials.stream().collect(
          Collectors.toMap(RequiredMaterial::id, m -> m.nameIn(l).text(), (a, b) -> a));
      StringBuilder list = new StringBuilder();
      int n = 1;
      for (CorrectionItem item : correction.items()) {
        String name = names.getOrDefault(item.requirementId(), text(l, "notify.material.other"));
        list.append('\n').append(item.reason() == null || item.reason().isBlank()
            ? text(l, "notify.CORRECTION_REQUIRED.item", n++, name)
            : text(l, "notify.CORRECTION_REQUIRED.itemWithReason", n++, name, item.reason().strip()));
      }
      return args(itemName(c, l), c.caseNumber(), list.toString());
    });
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(CaseExtended extended) {
    Case c = caseOf(extended.caseNumber());
    if (c == null) {
      return;
    }
    tell(c, "EXTENDED", l -> args(itemName(c, l), c.caseNumber(), extended.workingDays(),
        extended.reason() == null ? "" : extended.reason().strip(), date(extended.newDueDate(), l)));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(CaseDecided decided) {
    Case c = caseOf(decided.caseNumber());
    if (c == null) {
      return;
    }
    tell(c, decided.approved() ? "APPROVED" : "DENIED", l -> args(itemName(c, l), c.caseNumber(),
        decided.reasons() == null || decided.reasons().isBlank()
            ? text(l, "notify.reasons.none") : decided.reasons().strip()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(CaseCompleted completed) {
    Case c = caseOf(completed.caseNumber());
    if (c == null) {
      return;
    }
    if (completed.status() == CaseStatus.NOT_ACCEPTED) {
      tell(c, "NOT_ACCEPTED", l -> args(itemName(c, l), c.caseNumber()));
    }
    // 好差评: every finished case may be rated by its applicant (RatingPolicy), a withdrawn one too.
    tell(c, "RATE", l -> args(itemName(c, l), c.caseNumber()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(LicenceIssued issued) {
    Case c = caseOf(issued.caseNumber());
    if (c == null) {
      return;
    }
    tell(c, "LICENCE_READY", l -> args(itemName(c, l), c.caseNumber(), issued.licenceNumber(),
        issued.verificationCode()));
  }

  /**
   * The case, or null for an unknown number. No exception may cross a transactional call here: it would
   * mark the change's transaction rollback-only, and a message must never undo the change it reports.
   */
  private Case caseOf(String caseNumber) {
    return cases.byNumbers(Set.of(caseNumber)).get(caseNumber);
  }

  /**
   * Writes the message in Chinese, the hall's language, and in English for the inbox read in
   * English (ADR 0025); {@code args} gives the arguments in a language (item and material names
   * from the catalogue, dates written that language's way).
   */
  private void tell(Case c, String what, Function<Locale, Object[]> args) {
    Object[] zh = args.apply(LANGUAGE);
    Object[] en = args.apply(Locale.ENGLISH);
    String subject = text(LANGUAGE, "notify." + what + ".subject", zh);
    String body = text(LANGUAGE, "notify." + what + ".body", zh);
    String subjectEn = text(Locale.ENGLISH, "notify." + what + ".subject", en);
    String bodyEn = text(Locale.ENGLISH, "notify." + what + ".body", en);
    for (Recipient to : recipientsOf(c)) {
      outbox.notify(to, subject, body, subjectEn, bodyEn, c.caseNumber());
    }
  }

  private static Object[] args(Object... args) {
    return args;
  }

  /** The case's item name: the one the case kept in Chinese, the catalogue's English one in English. */
  private String itemName(Case c, Locale locale) {
    return names.itemVersion(c.itemVersionId(), c.itemName(), locale).text();
  }

  /** The applicant's account, and the agent's when an agent filed the case for them. */
  private List<Recipient> recipientsOf(Case c) {
    Set<String> ids = new LinkedHashSet<>();
    if (c.applicant() != null && c.applicant().accountId() != null) {
      ids.add(c.applicant().accountId());
    }
    c.agent().map(a -> a.accountId()).ifPresent(ids::add);
    return ids.stream().map(accounts::contactOf).flatMap(java.util.Optional::stream)
        .map(x -> new Recipient(x.accountId(), x.username(), x.email(), x.phone(), x.english())).toList();
  }

  private String text(Locale locale, String code, Object... args) {
    return messages.getMessage(code, args, locale);
  }

  private static String date(LocalDate d, Locale locale) {
    return d == null ? "" : (LocalizedText.isEnglish(locale) ? DATE_EN : DATE).format(d);
  }
}
