package org.openhall.calendar;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads a holiday-cn JSON file into a {@link HolidayNotice}, reporting every problem of the file at once. */
public final class HolidayNoticeParser {

    // Unknown fields (holiday-cn's "$schema", "$id") are ignored; duplicate keys count as malformed JSON.
    // Thread-safe: the mapper is only used to read trees.

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * Parses and validates one notice.
     *
     * @throws InvalidHolidayNotice with every problem found
     */
    public HolidayNotice parse(byte[] json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidHolidayNotice(List.of(
                    CalendarProblem.of(CalendarProblem.MALFORMED_JSON, e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InvalidHolidayNotice(List.of(CalendarProblem.of(CalendarProblem.MALFORMED_JSON, e.getMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidHolidayNotice(List.of(
                    CalendarProblem.of(CalendarProblem.MALFORMED_JSON, "top level must be a JSON object")));
        }

        List<CalendarProblem> problems = new ArrayList<>();
        Integer year = readYear(root.get("year"), problems);
        List<String> papers = readPapers(root.get("papers"), problems);
        List<HolidayDay> days = readDays(root.get("days"), problems);
        // The notice rules run on every well-formed day even when other entries are broken,
        // so that one report lists everything. An invalid year is already reported above.
        Integer checkedYear = year != null && HolidayNotice.isValidYear(year) ? year : null;
        problems.addAll(HolidayNotice.problemsIn(checkedYear, days));
        if (!problems.isEmpty()) {
            throw new InvalidHolidayNotice(problems);
        }
        return new HolidayNotice(year, papers, days);
    }

    private static Integer readYear(JsonNode node, List<CalendarProblem> problems) {
        if (node == null || node.isNull()) {
            problems.add(CalendarProblem.of(CalendarProblem.YEAR_MISSING));
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || !HolidayNotice.isValidYear(node.intValue())) {
            problems.add(CalendarProblem.of(CalendarProblem.YEAR_INVALID, node.isTextual() ? node.textValue() : node));
            return null;
        }
        return node.intValue();
    }

    private static List<String> readPapers(JsonNode node, List<CalendarProblem> problems) {
        List<String> papers = new ArrayList<>();
        if (node == null || node.isNull()) {
            return papers;
        }
        if (!node.isArray()) {
            problems.add(CalendarProblem.of(CalendarProblem.PAPERS_INVALID));
            return papers;
        }
        for (JsonNode paper : node) {
            if (!paper.isTextual()) {
                problems.add(CalendarProblem.of(CalendarProblem.PAPERS_INVALID));
                return List.of();
            }
            papers.add(paper.textValue());
        }
        return papers;
    }

    private static List<HolidayDay> readDays(JsonNode node, List<CalendarProblem> problems) {
        List<HolidayDay> days = new ArrayList<>();
        if (node == null || !node.isArray()) {
            problems.add(CalendarProblem.of(CalendarProblem.DAYS_MISSING));
            return days;
        }
        for (int i = 0; i < node.size(); i++) {
            HolidayDay day = readDay(node.get(i), i, problems);
            if (day != null) {
                days.add(day);
            }
        }
        return days;
    }

    /** Returns the day, or {@code null} (with problems added) when the entry cannot be used. */
    private static HolidayDay readDay(JsonNode entry, int index, List<CalendarProblem> problems) {
        if (!entry.isObject()) {
            problems.add(CalendarProblem.of(CalendarProblem.DAY_INVALID, index));
            return null;
        }
        JsonNode dateNode = entry.get("date");
        LocalDate date = null;
        if (dateNode == null || dateNode.isNull()) {
            problems.add(CalendarProblem.of(CalendarProblem.DATE_MISSING, index));
        } else if (!dateNode.isTextual()) {
            problems.add(CalendarProblem.of(CalendarProblem.DATE_INVALID, dateNode));
        } else {
            try {
                date = LocalDate.parse(dateNode.textValue());
            } catch (DateTimeParseException e) {
                problems.add(CalendarProblem.of(CalendarProblem.DATE_INVALID, dateNode.textValue()));
            }
        }
        // Name and flag problems name the day by its date, or by its index when the date is unusable.
        Object where = date != null ? date : "#" + index;
        JsonNode nameNode = entry.get("name");
        String name = nameNode != null && nameNode.isTextual() ? nameNode.textValue() : null;
        if (name == null) {
            problems.add(CalendarProblem.of(CalendarProblem.NAME_MISSING, where));
        }
        JsonNode offNode = entry.get("isOffDay");
        if (offNode == null || !offNode.isBoolean()) {
            problems.add(CalendarProblem.of(CalendarProblem.OFF_DAY_FLAG_MISSING, where));
            return null;
        }
        if (date == null || name == null) {
            return null;
        }
        // A blank name is reported by the notice rules, which see the whole list.
        return new HolidayDay(name, date, offNode.booleanValue());
    }
}
