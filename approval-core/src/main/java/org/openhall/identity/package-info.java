/** Accounts of applicants, agents and staff: credentials, roles and department membership. */
package org.openhall.identity;
