package org.openhall.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 证照有效期: how long a licence issued under an item is valid, as the item states it: a number of
 * years from the day of issue, up to a fixed date, or long-term (长期有效).
 *
 * @param kind  which rule applies
 * @param years whole years from the day of issue ({@code YEARS} only)
 * @param until the last day of validity ({@code UNTIL} only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LicenceValidity(Kind kind, Integer years, LocalDate until) {

  /** The rules an item may state. */
  public enum Kind {
    /** A fixed number of years from the day of issue. */
    YEARS,
    /** Up to a fixed last day. */
    UNTIL,
    /** No end date (长期有效). */
    LONG_TERM
  }

  public static LicenceValidity years(int years) {
    return new LicenceValidity(Kind.YEARS, years, null);
  }

  public static LicenceValidity until(LocalDate lastDay) {
    return new LicenceValidity(Kind.UNTIL, null, lastDay);
  }

  public static LicenceValidity longTerm() {
    return new LicenceValidity(Kind.LONG_TERM, null, null);
  }

  /** Whether the rule is complete: a kind, and exactly the value that kind needs. */
  public boolean wellFormed() {
    if (kind == null) {
      return false;
    }
    return switch (kind) {
      case YEARS -> years != null && years >= 1 && until == null;
      case UNTIL -> until != null && years == null;
      case LONG_TERM -> years == null && until == null;
    };
  }

  /**
   * The last day of validity of a licence issued on {@code issuedOn}; empty for long-term. Years
   * count from the day of issue, so five years from 2026-11-24 end on 2031-11-23.
   */
  public Optional<LocalDate> lastDay(LocalDate issuedOn) {
    if (!wellFormed()) {
      throw new IllegalStateException("Licence validity is not well formed: " + this);
    }
    return switch (kind) {
      case YEARS -> Optional.of(issuedOn.minusDays(1).plusYears(years));
      case UNTIL -> Optional.of(until);
      case LONG_TERM -> Optional.empty();
    };
  }
}
