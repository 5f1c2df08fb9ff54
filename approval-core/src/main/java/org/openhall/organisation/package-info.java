/** Departments of the service centre (市场监管局, 公安局 …): who leads and reviews items. */
package org.openhall.organisation;
