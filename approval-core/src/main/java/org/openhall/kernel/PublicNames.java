package org.openhall.kernel;

/** How a person's name is shown to the public (verification pages): first character kept, 张**. */
public final class PublicNames {

  private PublicNames() {
  }

  /** A name of up to five characters keeps its first one (张**); longer names, companies', show in full. */
  public static String masked(String name) {
    if (name == null || name.codePointCount(0, name.length()) > 5) {
      return name;
    }
    int first = name.offsetByCodePoints(0, 1);
    return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
  }
}
