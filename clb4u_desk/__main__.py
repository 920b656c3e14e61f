import sys

from clb4u_desk.cli import main

sys.exit(main())
