/** 申请草稿: applications started and saved but not yet filed, resumed by their account later. */
package org.openhall.draft;
