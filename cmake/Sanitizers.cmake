# AddressSanitizer + UndefinedBehaviorSanitizer for every target when TIMELINE_SANITIZE is on.
if(TIMELINE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
