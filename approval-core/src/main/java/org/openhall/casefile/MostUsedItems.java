package org.openhall.casefile;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 高频事项: the items most applied for, counted from OpenHall's own cases submitted over the last
 * {@link #WINDOW} (any channel); the portal's home page lists them.
 */
@Service
public class MostUsedItems {

  static final Duration WINDOW = Duration.ofDays(90);

  private final Cases cases;
  private final Clock clock;

  MostUsedItems(Cases cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  /** At most {@code limit} item codes, the most applied for first; empty when nobody applied lately. */
  @Transactional(readOnly = true)
  public List<String> itemCodes(int limit) {
    return cases.countSubmittedByItemSince(clock.instant().minus(WINDOW), PageRequest.of(0, limit))
        .stream().map(row -> (String) row[0]).toList();
  }
}
