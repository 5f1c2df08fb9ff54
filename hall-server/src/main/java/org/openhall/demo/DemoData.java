package org.openhall.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.CatalogueFile;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.openhall.identity.PartyKind;
import org.openhall.identity.Role;
import org.openhall.organisation.Department;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo catalogue and creates the demo accounts of API.md (password {@value #PASSWORD}):
 * staff of every demo department, and staff of one department only, to try who sees what. Runs at
 * every start of the demo profile and changes nothing the second time (an account is created only
 * when its username is absent).
 */
@Component
@Profile("demo")
@Order(0)
class DemoData implements ApplicationRunner {

  static final String PASSWORD = "Demo#2026";
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final Set<Role> STAFF_ROLES =
      EnumSet.of(Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.ADMIN);
  /** 市场监督管理局, lead department of the demo's food and company items. */
  static final String MARKET_REGULATION = "SCJG";
  /** 城市管理局 and 生态环境局, co-departments of the joint item SCJG-006 (开餐饮店“一件事”). */
  static final String URBAN_MANAGEMENT = "CG";
  static final String ECOLOGY_AND_ENVIRONMENT = "STHJ";
  /** 公安局. */
  static final String PUBLIC_SECURITY = "GA";

  private final Catalogue catalogue;
  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final ObjectMapper json;

  DemoData(Catalogue catalogue, Accounts accounts, PasswordEncoder passwords, ObjectMapper json) {
    this.catalogue = catalogue;
    this.accounts = accounts;
    this.passwords = passwords;
    this.json = json;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    var result = catalogue.importFile(read("demo/demo-catalogue.json"));
    Set<String> departments = new LinkedHashSet<>();
    catalogue.departments().stream().map(Department::code).forEach(departments::add);
    String hash = null;
    int created = 0;
    for (DemoAccount a : accountsFor(departments)) {
      if (accounts.findByUsername(a.username()).isPresent()) {
        continue;
      }
      hash = hash == null ? passwords.encode(PASSWORD) : hash;
      accounts.save(new Account(a.username(), hash, a.displayName(), a.kind(), a.partyId(),
          a.phone(), a.roles(), a.departments(), true));
      created++;
    }
    log.info("Demo data: {} items and {} departments imported, {} demo accounts created",
        result.itemsAdded(), result.departmentsAdded(), created);
  }

  private static List<DemoAccount> accountsFor(Set<String> departments) {
    return List.of(
        new DemoAccount("demo-citizen", "张明华", PartyKind.PERSON, "110105199003071239", "13812345678",
            EnumSet.of(Role.APPLICANT), Set.of()),
        new DemoAccount("demo-company", "福州海峡食品贸易有限公司", PartyKind.ENTITY, "91350100M000100Y43",
            "059187654321", EnumSet.of(Role.APPLICANT), Set.of()),
        new DemoAccount("demo-agent", "李代办", PartyKind.PERSON, "440304198506124562", "13900001111",
            EnumSet.of(Role.AGENT), Set.of()),
        new DemoAccount("demo-clerk", "窗口·陈静", PartyKind.STAFF, null, null, EnumSet.of(Role.CLERK), departments),
        new DemoAccount("demo-reviewer", "审核·刘洋", PartyKind.STAFF, null, null, EnumSet.of(Role.REVIEWER), departments),
        new DemoAccount("demo-approver", "审批·赵敏", PartyKind.STAFF, null, null, EnumSet.of(Role.APPROVER), departments),
        new DemoAccount("demo-supervisor", "监察·孙立", PartyKind.STAFF, null, null, EnumSet.of(Role.SUPERVISOR), departments),
        new DemoAccount("demo-head", "科长·吴刚", PartyKind.STAFF, null, null, EnumSet.of(Role.HEAD), departments),
        new DemoAccount("demo-admin", "管理员·周强", PartyKind.STAFF, null, null, EnumSet.copyOf(STAFF_ROLES), departments),
        oneDepartment("demo-scjg-clerk", "市场监管窗口·林晓", Role.CLERK, MARKET_REGULATION),
        oneDepartment("demo-scjg-reviewer", "市场监管审核·郑伟", Role.REVIEWER, MARKET_REGULATION),
        oneDepartment("demo-scjg-approver", "市场监管审批·何静", Role.APPROVER, MARKET_REGULATION),
        oneDepartment("demo-scjg-head", "市场监管科长·高峰", Role.HEAD, MARKET_REGULATION),
        oneDepartment("demo-cg-reviewer", "城管审核·马骏", Role.REVIEWER, URBAN_MANAGEMENT),
        oneDepartment("demo-sthj-reviewer", "生态环境审核·罗兰", Role.REVIEWER, ECOLOGY_AND_ENVIRONMENT),
        oneDepartment("demo-ga-supervisor", "公安监察·谢明", Role.SUPERVISOR, PUBLIC_SECURITY));
  }

  private static DemoAccount oneDepartment(String username, String displayName, Role role,
      String department) {
    return new DemoAccount(username, displayName, PartyKind.STAFF, null, null, EnumSet.of(role),
        Set.of(department));
  }

  private CatalogueFile read(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return json.readValue(in, CatalogueFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException("the demo catalogue " + resource + " cannot be read", e);
    }
  }

  private record DemoAccount(String username, String displayName, PartyKind kind, String partyId,
      String phone, Set<Role> roles, Set<String> departments) {
  }
}
