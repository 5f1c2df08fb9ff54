package org.openhall.casefile;

import java.util.List;

/** 一次性告知 issued at timeline row {@code step}: every material to correct and what is wrong with it. */
public record CaseCorrectionRequired(String caseNumber, int step, List<CorrectionItem> items) {
}
