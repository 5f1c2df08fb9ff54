/** The window console for clerks, reviewers, approvers, supervisors and admins. */
package org.openhall.console;
