/** 好差评: the applicant's rating of a completed case, and the follow-up every bad rating opens. */
package org.openhall.rating;
