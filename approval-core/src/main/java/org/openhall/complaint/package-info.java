/** 效能投诉: complaints about a case or a department, filed by applicants and handled by supervision. */
package org.openhall.complaint;
