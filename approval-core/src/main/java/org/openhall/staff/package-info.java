/** 人员与部门: ADMIN keeps departments and staff accounts, every change written to the admin audit. */
package org.openhall.staff;
