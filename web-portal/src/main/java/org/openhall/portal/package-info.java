/** The citizen online service hall (网上办事大厅): public guides, applying, following a case, licences. */
package org.openhall.portal;
