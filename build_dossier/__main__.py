from build_dossier.cli import main

raise SystemExit(main())
