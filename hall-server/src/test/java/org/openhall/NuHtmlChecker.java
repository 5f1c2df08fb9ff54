package org.openhall;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML checker (nu.validator, the engine of validator.w3.org/nu) run in this JVM, offline: its
 * schemas come from its own jar. Reports errors only; warnings are allowed.
 */
final class NuHtmlChecker {

  /** The checker's HTML schema, as its command line uses it (resolved from the jar, never fetched). */
  private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

  private final List<String> errors = new ArrayList<>();
  private final SimpleDocumentValidator validator;

  NuHtmlChecker() throws Exception {
    ErrorHandler collect = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
      }

      @Override
      public void error(SAXParseException e) {
        errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema(SCHEMA, collect);
    validator.setUpValidatorAndParsers(collect, false, false);
  }

  /** The checker's errors in one HTML document, one line each. */
  synchronized List<String> errors(String html) throws Exception {
    errors.clear();
    InputSource source = new InputSource(new StringReader(html));
    source.setSystemId("http://localhost/page.html");
    validator.checkHtmlInputSource(source);
    return new ArrayList<>(errors);
  }
}
