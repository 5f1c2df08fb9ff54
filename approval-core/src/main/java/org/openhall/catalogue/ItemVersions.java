package org.openhall.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every version of every item. */
public interface ItemVersions extends JpaRepository<ItemVersion, String> {

  Optional<ItemVersion> findFirstByCodeAndStatus(String code, ItemStatus status);

  List<ItemVersion> findByCodeOrderByVersionDesc(String code);

  Optional<ItemVersion> findByCodeAndVersion(String code, int version);

  List<ItemVersion> findByStatusOrderByCode(ItemStatus status);

  @Query("""
      select v from ItemVersion v
      where v.status = org.openhall.catalogue.ItemStatus.PUBLISHED
        and (:query is null or lower(v.name) like lower(concat('%', :query, '%'))
             or lower(v.code) like lower(concat('%', :query, '%')))
        and (:department is null or v.leadDepartment = :department)
        and (:category is null or v.category = :category)
      order by v.code""")
  Page<ItemVersion> searchPublished(@Param("query") String query,
      @Param("department") String department, @Param("category") ItemCategory category,
      Pageable pageable);
}
