package org.openhall.portal;

import java.security.Principal;
import java.time.Clock;
import org.openhall.notification.Inbox;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 消息通知: the applicant's inbox page; each message can be marked read, and the header counts the unread. */
@Controller
class InboxPages {

  static final int PAGE_SIZE = 20;

  private final Inbox inbox;
  private final Clock clock;

  InboxPages(Inbox inbox, Clock clock) {
    this.inbox = inbox;
    this.clock = clock;
  }

  @GetMapping("/inbox")
  String inbox(Principal principal, @RequestParam(defaultValue = "0") int page, Model model) {
    Page<org.openhall.notification.Notification> found = inbox.page(principal.getName(), page, PAGE_SIZE);
    model.addAttribute("notifications", found.getContent());
    model.addAttribute("page", found.getNumber());
    model.addAttribute("pages", Math.max(found.getTotalPages(), 1));
    // times in the hall's zone, like the case page, not the server's
    model.addAttribute("zone", clock.getZone());
    return "portal/inbox";
  }

  @PostMapping("/inbox/{id}/read")
  String read(Principal principal, @PathVariable String id, @RequestParam(defaultValue = "0") int page) {
    inbox.markRead(id, principal.getName());
    return "redirect:/inbox?page=" + Math.max(page, 0) + "#n-" + id;
  }

  /** The header's unread count, read by the layout as {@code @inboxBadge.unread(name)} on every portal page. */
  @org.springframework.stereotype.Component("inboxBadge")
  static class InboxBadge {

    private final Inbox inbox;

    InboxBadge(Inbox inbox) {
      this.inbox = inbox;
    }

    public long unread(String username) {
      return username == null ? 0 : inbox.unread(username);
    }
  }
}
