package org.openhall.material;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All stored materials. */
public interface Materials extends JpaRepository<Material, String> {

  Optional<Material> findByOwnerIdAndSha256(String ownerId, String sha256);

  List<Material> findByOwnerIdOrderByUploadedAtDesc(String ownerId);
}
