/** 首问负责: the enquiry log of the windows, who asked what and what they were told or where sent. */
package org.openhall.enquiry;
