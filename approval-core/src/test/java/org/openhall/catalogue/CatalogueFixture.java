package org.openhall.catalogue;

import java.math.BigDecimal;
import java.util.List;
import org.openhall.catalogue.ServiceGuide.Fee;
import org.openhall.catalogue.ServiceGuide.LegalBasis;
import org.openhall.catalogue.ServiceGuide.ProcedureStep;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.catalogue.form.FieldType;
import org.openhall.catalogue.form.FormDefinition;
import org.openhall.catalogue.form.FormField;
import org.openhall.organisation.Department;
import org.openhall.organisation.Departments;

/** Named, publishable item contents and the departments they need. */
final class CatalogueFixture {

  private CatalogueFixture() {
  }

  static void departments(Departments departments) {
    departments.save(new Department("SCJG", "市场监督管理局"));
    departments.save(new Department("GA", "公安局"));
    departments.save(new Department("WJ", "卫生健康委员会"));
    departments.flush();
  }

  /** 食品经营许可: a promised item, free of charge, complete in every disclosure. */
  static ItemContent foodBusinessLicence() {
    return promised("食品经营许可（新办）", "SCJG", 10, 5);
  }

  static ItemContent promised(String name, String department, int legalDays, int promisedDays) {
    return new ItemContent(name, ItemType.LICENCE, ItemCategory.PROMISED, department, legalDays,
        promisedDays, null, 4, "PromisedApproval", guide(List.of(), true), form());
  }

  /** 居民身份证换领: a fee with its legal basis. */
  static ItemContent identityCardRenewal() {
    return new ItemContent("居民身份证换领", ItemType.CERTIFICATION, ItemCategory.PROMISED, "GA",
        42, 15, null, 3, "PromisedApproval",
        guide(List.of(new Fee("证件工本费", new BigDecimal("20.00"), "发改价格〔2003〕2322号")), false),
        form());
  }

  static ServiceGuide guide(List<Fee> fees, boolean free) {
    return new ServiceGuide(
        List.of(new LegalBasis("《中华人民共和国食品安全法》", "第三十五条",
            "国家对食品生产经营实行许可制度。")),
        List.of("已取得营业执照等合法主体资格", "具有与经营的食品品种、数量相适应的场所"),
        List.of(new ProcedureStep("申请", "在线填报"), new ProcedureStep("受理", "窗口形式审查"),
            new ProcedureStep("决定", "作出准予或不予许可的决定")),
        List.of(new RequiredMaterial("M1", "申请书", true, false, 1, 0, "申请人自备", null),
            new RequiredMaterial("M2", "场所平面布局图", true, true, 1, 0, "申请人自备", null)),
        fees, free, List.of(), "食品经营许可证", 0, "市民服务中心二楼", "周一至周五 9:00-17:00",
        "12345 政务服务便民热线");
  }

  static FormDefinition form() {
    return FormDefinition.of(
        FormField.builder("applicantName", "申请人名称", FieldType.TEXT).required().build(),
        FormField.builder("hasColdChain", "是否含冷藏冷冻食品", FieldType.CHECKBOX).build(),
        FormField.builder("coldStorageArea", "冷库面积（平方米）", FieldType.NUMBER).required()
            .min("1").showWhen("hasColdChain", "true").build());
  }

  /** A form whose display condition points at a field that does not exist. */
  static FormDefinition inconsistentForm() {
    return FormDefinition.of(
        FormField.builder("area", "面积", FieldType.NUMBER).showWhen("nowhere", "true").build());
  }

  static ItemContent with(ItemContent c, String processKey, int legalDays, int promisedDays,
      FormDefinition form) {
    return new ItemContent(c.name(), c.itemType(), c.category(), c.leadDepartment(), legalDays,
        promisedDays, c.maxExtensionDays(), c.onlineDepth(), processKey, c.guide(), form);
  }

  static ItemContent renamed(ItemContent c, String name) {
    return new ItemContent(name, c.itemType(), c.category(), c.leadDepartment(), c.legalDays(),
        c.promisedDays(), c.maxExtensionDays(), c.onlineDepth(), c.processKey(), c.guide(),
        c.form());
  }

  /** 开餐饮店“一件事”: a joint item led by SCJG with GA as co-department. */
  static ItemContent restaurantOpening() {
    ServiceGuide g = guide(List.of(), true);
    return new ItemContent("开餐饮店“一件事”", ItemType.LICENCE, ItemCategory.JOINT, "SCJG", 45, 20,
        null, 4, "JointApproval", withCoDepartments(g, List.of("GA")), form());
  }

  /** The same content in another category, running the given process. */
  static ItemContent as(ItemContent c, ItemCategory category, String processKey) {
    return new ItemContent(c.name(), c.itemType(), category, c.leadDepartment(), c.legalDays(),
        c.promisedDays(), c.maxExtensionDays(), c.onlineDepth(), processKey, c.guide(), c.form());
  }

  /** The same content with other co-departments. */
  static ItemContent withCoDepartments(ItemContent c, List<String> coDepartments) {
    return new ItemContent(c.name(), c.itemType(), c.category(), c.leadDepartment(), c.legalDays(),
        c.promisedDays(), c.maxExtensionDays(), c.onlineDepth(), c.processKey(),
        withCoDepartments(c.guide(), coDepartments), c.form());
  }

  private static ServiceGuide withCoDepartments(ServiceGuide g, List<String> coDepartments) {
    return new ServiceGuide(g.legalBasis(), g.conditions(), g.procedure(), g.materials(), g.fees(),
        g.free(), coDepartments, g.licenceTitle(), g.visits(), g.location(), g.hours(),
        g.complaintChannel());
  }
}
