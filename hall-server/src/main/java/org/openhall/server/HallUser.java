package org.openhall.server;

import java.util.Collection;
import java.util.List;
import org.openhall.identity.AccountDirectory.Member;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in account as Spring Security holds it; controllers take {@link #member()}. */
public record HallUser(Member member) implements UserDetails {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<SimpleGrantedAuthority> authorities = member.roles().stream()
        .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    return authorities;
  }

  @Override
  public String getPassword() {
    return member.passwordHash();
  }

  @Override
  public String getUsername() {
    return member.username();
  }

  @Override
  public boolean isAccountNonLocked() {
    return !member.locked();
  }

  @Override
  public boolean isEnabled() {
    return member.enabled();
  }
}
