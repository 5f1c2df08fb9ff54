package org.openhall.catalogue;

import org.openhall.catalogue.form.FormDefinition;

/**
 * Everything an admin edits on an item version: the main fields, the guide (七公开) and the form.
 * A draft takes a whole new content; a published version never does.
 */
public record ItemContent(String name, ItemType itemType, ItemCategory category,
    String leadDepartment, int legalDays, int promisedDays, int onlineDepth, String processKey,
    ServiceGuide guide, FormDefinition form) {

  public ItemContent {
    guide = guide == null ? new ServiceGuide(null, null, null, null, null, null, null, null, 0,
        null, null, null) : guide;
    form = form == null ? new FormDefinition(null) : form;
  }
}
