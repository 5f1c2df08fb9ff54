package org.openhall.catalogue;

/** A downloadable file of a guide (a blank form or a filled-in sample), stored under its SHA-256. */
public record GuideFile(String sha256, String fileName, String mediaType, long size) {

  /** Which of a material's two downloads a file is. */
  public enum Kind { BLANK_FORM, SAMPLE }
}
