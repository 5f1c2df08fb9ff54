package org.openhall.portal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.openhall.draft.ApplicationDrafting.Draft;

/**
 * What the apply page says about a resumed draft (申请草稿): when it was saved, and how many of its
 * values and materials a newer version of the item no longer has.
 */
record DraftNotice(LocalDateTime savedAt, boolean versionChanged, int dropped) {

  static DraftNotice of(Draft draft, ZoneId zone) {
    return new DraftNotice(draft.savedAt().atZone(zone).toLocalDateTime(), draft.versionChanged(),
        draft.droppedFields().size() + draft.droppedMaterials().size());
  }
}
