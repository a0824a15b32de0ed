# Embeds the files of data/lexicon into the library, so the binary needs no data folder.
# timeline_embed_data(OUT_CPP DIR) writes OUT_CPP at build time; it is regenerated when a
# data file changes (the list is globbed with CONFIGURE_DEPENDS).
function(timeline_embed_data out_cpp data_dir)
  file(GLOB_RECURSE data_files CONFIGURE_DEPENDS "${data_dir}/*.tsv" "${data_dir}/*.txt")
  list(SORT data_files)
  add_custom_command(
    OUTPUT "${out_cpp}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} -DDIR=${data_dir} "-DFILES=${data_files}"
            -P "${PROJECT_SOURCE_DIR}/cmake/EmbedDataScript.cmake"
    DEPENDS ${data_files} "${PROJECT_SOURCE_DIR}/cmake/EmbedDataScript.cmake"
    COMMENT "Embedding data/lexicon"
    VERBATIM)
endfunction()
