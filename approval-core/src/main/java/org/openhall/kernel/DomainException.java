package org.openhall.kernel;

import java.util.List;

/**
 * A business rule said no. Carries a stable {@link #code()} (API.md), the message arguments for
 * the localized text (message key = code) and the kind of refusal, which web layers map to an
 * HTTP status. Never carries internals.
 */
public class DomainException extends RuntimeException {

  /** How the refusal maps onto the outside world. */
  public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, TOO_LARGE, UNSUPPORTED_MEDIA, TOO_MANY_REQUESTS, UNAVAILABLE }

  private final String code;
  private final Kind kind;
  private final transient List<Object> args;
  private final transient List<Violation> violations;

  public DomainException(Kind kind, String code, Object... args) {
    this(kind, code, List.of(), args);
  }

  public DomainException(Kind kind, String code, List<Violation> violations, Object... args) {
    super(code);
    this.kind = kind;
    this.code = code;
    this.args = List.of(args);
    this.violations = List.copyOf(violations);
  }

  public static DomainException notFound(String code, Object... args) {
    return new DomainException(Kind.NOT_FOUND, code, args);
  }

  public static DomainException invalid(String code, Object... args) {
    return new DomainException(Kind.INVALID, code, args);
  }

  public static DomainException conflict(String code, Object... args) {
    return new DomainException(Kind.CONFLICT, code, args);
  }

  public String code() {
    return code;
  }

  public Kind kind() {
    return kind;
  }

  public Object[] args() {
    return args.toArray();
  }

  /** Field-level problems, for validation failures ({@code errors[]} in the problem document). */
  public List<Violation> violations() {
    return violations;
  }

  /** One field-level problem: the field, its stable code and the arguments of its message. */
  public record Violation(String field, String code, List<Object> args) {
    public Violation {
      args = List.copyOf(args);
    }
  }
}
