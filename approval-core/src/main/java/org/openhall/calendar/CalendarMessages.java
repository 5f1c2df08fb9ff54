package org.openhall.calendar;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Renders {@link CalendarProblem}s with the {@code i18n/calendar} bundle, Simplified Chinese by default. */
public final class CalendarMessages {

    // Locales without their own file get the default (Chinese) file, never the JVM's default locale. When the
    // basename is used with Spring, set spring.messages.fallback-to-system-locale=false for the same effect.

    /** Bundle basename, as for Spring's {@code spring.messages.basename}. */
    public static final String BASENAME = "i18n/calendar";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private CalendarMessages() {
    }

    /** The message for one problem in {@code locale}. */
    public static String format(CalendarProblem problem, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BASENAME, locale, NO_FALLBACK);
        MessageFormat format = new MessageFormat(bundle.getString(problem.code()), locale);
        return format.format(problem.args().toArray());
    }

    /** The messages for every problem of a rejected notice, in order. */
    public static List<String> format(InvalidHolidayNotice rejected, Locale locale) {
        return rejected.problems().stream().map(problem -> format(problem, locale)).toList();
    }
}
