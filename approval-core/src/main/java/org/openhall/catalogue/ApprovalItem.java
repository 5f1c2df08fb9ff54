package org.openhall.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openhall.kernel.DomainException;

/**
 * 行政审批事项: an approval item as the sum of its versions (sharing one code). Guards the
 * rules across versions: at most one draft and one published version at a time, version numbers
 * only grow, and publishing a draft supersedes (retires) the version published before it.
 */
public final class ApprovalItem {

  private final String code;
  private final List<ItemVersion> versions;

  ApprovalItem(String code, List<ItemVersion> versions) {
    this.code = code;
    this.versions = versions.stream()
        .sorted(Comparator.comparingInt(ItemVersion::version).reversed()).toList();
  }

  public String code() {
    return code;
  }

  /** Every version, newest first. */
  public List<ItemVersion> versions() {
    return versions;
  }

  /** The newest version, whatever its status. */
  public ItemVersion latest() {
    return versions.get(0);
  }

  public Optional<ItemVersion> published() {
    return versions.stream().filter(v -> v.status() == ItemStatus.PUBLISHED).findFirst();
  }

  public Optional<ItemVersion> draft() {
    return versions.stream().filter(ItemVersion::isDraft).findFirst();
  }

  /** The next draft, a copy of the newest version; refused while another draft exists. */
  ItemVersion startDraft() {
    return startDraft(latest().content());
  }

  ItemVersion startDraft(ItemContent content) {
    draft().ifPresent(d -> {
      throw DomainException.conflict("ITEM_DRAFT_EXISTS", code, d.version());
    });
    int next = versions.isEmpty() ? 1 : latest().version() + 1;
    return new ItemVersion(code, next, content);
  }

  /** Publishes one draft of this item and retires the version it supersedes as of that day. */
  void publish(ItemVersion draft, Instant at, LocalDate from) {
    if (!draft.code().equals(code)) {
      throw new IllegalArgumentException("version of another item");
    }
    published().ifPresent(older -> older.retire(from));
    draft.publish(at, from);
  }
}
