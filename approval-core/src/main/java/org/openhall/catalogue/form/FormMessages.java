package org.openhall.catalogue.form;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * 表单消息 (form messages): renders {@link FieldError} and {@link FormProblem} codes with the bundle
 * {@code i18n/forms} — Simplified Chinese by default, English for any {@code en} locale.
 *
 * <p>A message {@code CODE.args[1]} (e.g. {@code FIELD_PERSON_ID_INVALID.CHECK_DIGIT}) is preferred
 * over {@code CODE} when it exists. The JVM default locale never influences the choice.
 */
public final class FormMessages {

    /** Base name of the bundle, for {@link ResourceBundle} (Spring: {@code i18n/forms}, UTF-8). */
    public static final String BUNDLE = "i18n.forms";

    private final Locale locale;
    private final ResourceBundle bundle;

    private FormMessages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** Messages for a locale: English for {@code en*}, Simplified Chinese for everything else. */
    public static FormMessages forLocale(Locale locale) {
        Locale effective = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, effective,
                FormMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new FormMessages(locale == null ? Locale.SIMPLIFIED_CHINESE : locale, bundle);
    }

    /** The message of an error with its own arguments (the Chinese label first). */
    public String message(FieldError error) {
        return format(error.code(), error.args());
    }

    /** The message of an error, its label replaced by the definition's label for this locale. */
    public String message(FieldError error, FormDefinition definition) {
        List<String> args = new ArrayList<>(error.args());
        if (!args.isEmpty() && !FieldError.UNKNOWN.equals(error.code())) {
            definition.field(error.field()).ifPresent(f -> {
                args.set(0, f.labelFor(locale));
                if (FieldError.PATTERN_MISMATCH.equals(error.code()) && args.size() > 1) {
                    args.set(1, f.patternMessageIn(locale).text() == null ? "" : f.patternMessageIn(locale).text());
                }
            });
        }
        return format(error.code(), args);
    }

    /** The message of a definition problem. */
    public String message(FormProblem problem) {
        return format(problem.code(), problem.args());
    }

    /** The message for a code and arguments; the code itself when the bundle has no such message. */
    public String format(String code, List<String> args) {
        String pattern = null;
        if (args.size() > 1 && bundle.containsKey(code + "." + args.get(1))) {
            pattern = bundle.getString(code + "." + args.get(1));
        } else if (bundle.containsKey(code)) {
            pattern = bundle.getString(code);
        }
        if (pattern == null) {
            return code;
        }
        return new MessageFormat(pattern, locale).format(args.toArray()).strip();
    }

    /** Whether the bundle has a message for the code (tests and start-up checks). */
    public boolean has(String code) {
        try {
            bundle.getString(code);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
